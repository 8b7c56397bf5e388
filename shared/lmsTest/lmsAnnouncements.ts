import type { LmsRecord } from './lmsRecord';
import type { LmsPageMessage } from './lmsTestProtocol';

/** A sentence for screen reader users: a catalogue key of the lmsTest namespace and its values. */
export interface LmsAnnouncement {
  key: 'announce.initializeFailed' | 'announce.status' | 'announce.score' | 'announce.commitRefused' | 'announce.resumed';
  params: Record<string, string | number>;
}

/**
 * What is worth saying aloud after a message changed the record: a refused Initialize or commit,
 * a resumed session, a new status or score. Everything else stays in the panel, to be read at will.
 */
export function lmsAnnouncements(before: LmsRecord, after: LmsRecord, message: LmsPageMessage): LmsAnnouncement[] {
  if (message.type !== 'call' && message.type !== 'session') return [];
  const previous = before.scos.find((sco) => sco.sco.key === message.key);
  const next = after.scos.find((sco) => sco.sco.key === message.key);
  if (!next) return [];
  const sco = next.sco.title;
  if (message.type === 'session') return message.resumed ? [{ key: 'announce.resumed', params: { sco } }] : [];
  const { call } = message;
  if (call.call === 'Initialize' && !call.ok) return [{ key: 'announce.initializeFailed', params: { sco, code: call.errorCode } }];
  if (call.call === 'Commit' && !call.ok) return [{ key: 'announce.commitRefused', params: { sco, code: call.errorCode } }];
  const said: LmsAnnouncement[] = [];
  const was = previous?.data;
  const now = next.data;
  if (now && call.call !== 'Initialize') {
    const status = [now.status, now.success].filter((part) => part && part !== 'unknown').join(', ');
    const wasStatus = was ? [was.status, was.success].filter((part) => part && part !== 'unknown').join(', ') : '';
    if (status && status !== wasStatus) said.push({ key: 'announce.status', params: { sco, status } });
    if (now.score && now.score !== was?.score) said.push({ key: 'announce.score', params: { sco, score: now.score } });
  }
  return said;
}
