import { defineConfig, type Plugin } from 'vite';

/** Sends the server root to the demo page, so the printed URL is the one to open. */
const openDemo: Plugin = {
  name: 'open-demo',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url === '/' || req.url === '/index.html') {
        res.statusCode = 302;
        res.setHeader('Location', '/demo/');
        res.end();
        return;
      }
      next();
    });
  },
};

export default defineConfig({
  plugins: [openDemo],
  server: { port: 5173, host: 'localhost' },
});
