// Vite builds the UI from ui/ into ui/dist, which the Tauri shell embeds.
import { type Plugin, defineConfig } from "vite";

/**
 * The Sarabun files the first screen is drawn with (Thai and Latin, regular and semibold),
 * named in index.html so the engine fetches them beside the script instead of after it
 * has styled the page; drawn later, a swap to the font lays the first screen out again.
 */
const FIRST_SCREEN_FONTS = /^assets\/sarabun-(thai|latin)-(400|600)-normal-[\w-]+\.woff2$/;

function preloadFirstScreenFonts(): Plugin {
  return {
    name: "gecc-preload-first-screen-fonts",
    transformIndexHtml: {
      order: "post",
      handler(_html, context) {
        const files = Object.keys(context.bundle ?? {}).filter((file) => FIRST_SCREEN_FONTS.test(file));
        return files.sort().map((file) => ({
          tag: "link",
          attrs: { rel: "preload", href: `/${file}`, as: "font", type: "font/woff2", crossorigin: "" },
          injectTo: "head" as const,
        }));
      },
    },
  };
}

export default defineConfig({
  root: "ui",
  clearScreen: false,
  server: { port: 5173, strictPort: true },
  plugins: [preloadFirstScreenFonts()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Everything ships as files: the CSP allows no data: URLs for fonts or scripts.
    assetsInlineLimit: 0,
    target: "es2022",
    sourcemap: false,
  },
});
