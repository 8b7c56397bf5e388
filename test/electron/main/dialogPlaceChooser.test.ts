import { describe, expect, it, vi } from 'vitest';
import { dialogPlaceChooser } from '../../../electron/main/dialogPlaceChooser';

function setUp(answers: { save?: { canceled: boolean; filePath?: string }; open?: { canceled: boolean; filePaths: string[] } }, language: () => 'fr' | 'en' = () => 'fr') {
  const dialog = {
    showSaveDialog: vi.fn(async () => answers.save ?? { canceled: true }),
    showOpenDialog: vi.fn(async () => answers.open ?? { canceled: true, filePaths: [] }),
  };
  const places = dialogPlaceChooser(dialog as never, { language, defaultDir: () => '/home/ana/SPOC Studio', parentWindow: () => null });
  return { dialog, places };
}

describe('dialogPlaceChooser', () => {
  it('asks where to save a new project, in French, suggesting the workspace', async () => {
    const { dialog, places } = setUp({ save: { canceled: false, filePath: '/home/ana/Optimanager.spoc' } });
    expect(await places.chooseNewProjectPath('Optimanager.spoc')).toBe('/home/ana/Optimanager.spoc');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith({
      title: 'Enregistrer le nouveau projet',
      buttonLabel: 'Enregistrer',
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

  it('speaks the app’s language, not the system’s, and changes with its FR/EN switch, confirm buttons included', async () => {
    let language: 'fr' | 'en' = 'fr';
    const { dialog, places } = setUp({}, () => language);
    await places.chooseProjectToOpen();
    await places.chooseMediaToImport!();
    language = 'en';
    await places.chooseProjectToOpen();
    await places.chooseExportFolder('course');
    await places.chooseExportPath('course.zip');
    await places.chooseMediaToImport!();
    await places.chooseFileToImport!();
    const shown = [...dialog.showOpenDialog.mock.calls, ...dialog.showSaveDialog.mock.calls].map((call) => {
      const { title, buttonLabel } = (call as unknown[])[0] as { title: string; buttonLabel: string };
      return `${title} / ${buttonLabel}`;
    });
    expect(shown).toEqual([
      'Ouvrir un projet SPOC / Ouvrir',
      'Importer des médias / Importer',
      'Open a SPOC project / Open',
      'Folder to write one package per module in / Choose this folder',
      'Import media / Import',
      'Import / Import',
      'Export / Export',
    ]);
  });
});

