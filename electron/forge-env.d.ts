// Defined by @electron-forge/plugin-vite for the renderer named `main_window` (only under `npm start`
// is the dev server URL a string). Guard every use with `typeof`.
declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
declare const MAIN_WINDOW_VITE_NAME: string | undefined;
