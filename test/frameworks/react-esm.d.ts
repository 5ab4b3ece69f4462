// Types of react-esm.js, which scripts/build-react-esm.mjs bundles before the browser
// tests: React ships CommonJS only, and the test server serves ES modules as they are.
export { act, createElement, Fragment, useEffect, useRef, useState } from 'react';
export { createRoot, hydrateRoot } from 'react-dom/client';
export { renderToString } from 'react-dom/server';
export { flushSync } from 'react-dom';
