// Where the reports live: the admin view (under /admin) and the API endpoints
// (under /api). The view's download link and the endpoints read the same names.
export const reportsViewPath = '/reports';
export const figuresPath = '/reports/figures';
export const figuresCsvPath = '/reports/figures.csv';
