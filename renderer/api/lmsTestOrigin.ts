/**
 * The origin the test LMS page is framed from: never the app's own, so that the packages it plays can
 * share an origin with it (the SCO finds the API in its parent) without reaching the app. The
 * desktop serves it on app://lms-test; browser mode on the server's other name (127.0.0.1 ↔ localhost).
 */
export function lmsTestOrigin(location: Pick<Location, 'protocol' | 'hostname' | 'port'> = window.location): string {
  if (location.protocol === 'app:') return 'app://lms-test';
  const otherName = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return `${location.protocol}//${otherName}:${location.port}`;
}
