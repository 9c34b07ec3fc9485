// Vite builds the UI from ui/ into ui/dist, which the Tauri shell embeds.
import { defineConfig } from "vite";

export default defineConfig({
  root: "ui",
  clearScreen: false,
  server: { port: 5173, strictPort: true },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Everything ships as files: the CSP allows no data: URLs for fonts or scripts.
    assetsInlineLimit: 0,
    target: "es2022",
    sourcemap: false,
  },
});
