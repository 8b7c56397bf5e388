import { describe, expect, it, vi } from 'vitest';
import { dialogPlaceChooser } from '../../../electron/main/dialogPlaceChooser';

function setUp(answers: { save?: { canceled: boolean; filePath?: string }; open?: { canceled: boolean; filePaths: string[] } }) {
  const dialog = {
    showSaveDialog: vi.fn(async () => answers.save ?? { canceled: true }),
    showOpenDialog: vi.fn(async () => answers.open ?? { canceled: true, filePaths: [] }),
  };
  const places = dialogPlaceChooser(dialog as never, { language: () => 'fr', defaultDir: () => '/home/ana/SPOC Studio', parentWindow: () => null });
  return { dialog, places };
}

describe('dialogPlaceChooser', () => {
  it('asks where to save a new project, in French, suggesting the workspace', async () => {
    const { dialog, places } = setUp({ save: { canceled: false, filePath: '/home/ana/Optimanager.spoc' } });
    expect(await places.chooseNewProjectPath('Optimanager.spoc')).toBe('/home/ana/Optimanager.spoc');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith({
      title: 'Enregistrer le nouveau projet',
      defaultPath: '/home/ana/SPOC Studio/Optimanager.spoc',
      filters: [{ name: 'Projet SPOC Studio', extensions: ['spoc'] }],
    });
  });

  it('answers null when the user cancels', async () => {
    const { places } = setUp({});
    expect(await places.chooseNewProjectPath('a.spoc')).toBeNull();
    expect(await places.chooseExportPath('a.zip')).toBeNull();
    expect(await places.chooseProjectToOpen()).toBeNull();
  });

  it('filters exports by their extension and opens only .spoc files', async () => {
    const { dialog, places } = setUp({ save: { canceled: false, filePath: '/x/c.zip' }, open: { canceled: false, filePaths: ['/x/p.spoc'] } });
    expect(await places.chooseExportPath('OPTIMANAGER-scorm12.zip')).toBe('/x/c.zip');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ filters: [{ name: 'ZIP', extensions: ['zip'] }] }));
    expect(await places.chooseProjectToOpen()).toBe('/x/p.spoc');
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ properties: ['openFile'], filters: [{ name: 'Projet SPOC Studio', extensions: ['spoc'] }] }),
    );
  });
});
