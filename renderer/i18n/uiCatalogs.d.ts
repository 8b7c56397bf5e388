declare module 'virtual:ui-catalogs/*' {
  const catalogs: Record<string, Record<string, string>>;
  export default catalogs;
}
