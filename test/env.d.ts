/// <reference types="vite/client" />

// What the tests read from import.meta.env: vitest's `test.env`, in Node and in the browser alike.
interface ImportMetaEnv {
  /** The zone of the run (the machine's in Node, the page's in the browser), set by vitest.config.ts and vitest.browser.config.ts. */
  readonly TZ?: string;
}
