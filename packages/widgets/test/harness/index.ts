/** The browser test harness of the widgets: mount, wait, axe, hostile page, mock. */
export * from './axe.js';
export * from './hostile-page.js';
export * from './mount.js';
export * from './wait.js';
export * from './mock.js';
