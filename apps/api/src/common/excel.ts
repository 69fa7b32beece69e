/** exceljs costs about a second to load: only when an XLSX is read or written, not at every start of the API. */
export function loadExcel(): typeof import('exceljs') {
  return require('exceljs');
}
