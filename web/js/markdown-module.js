// markdown-module.js loads the Markdown-reading module into the page's
// worker when a text needs it. The page starts with annotator-plain.wasm,
// the engine without goldmark (0.2 MB lighter to download, see the
// README, "What size"), and most articles are plain text; the first text
// that is Markdown (format "markdown", or "auto" and detectFormat says so)
// waits once for annotator.wasm, which then serves every later call.

// MarkdownModule switches api (ArticleAnnotator) to source, a
// WebAssembly.Module or the URL of annotator.wasm, when a text needs it.
// compiled(module) is told the compiled module, once, when source was a
// URL, so that the page can hand it to the next worker (a cancel restarts
// the worker) and nothing is fetched or compiled twice.
export class MarkdownModule {
  constructor(api, source, compiled) {
    this.api = api;
    this.source = source;
    this.compiled = compiled;
    this.module = null; // Promise<WebAssembly.Module>
    this.switching = null; // Promise of the replace in progress
  }

  // needed reports whether a text in format ("auto", "plain", "markdown")
  // needs a module that reads Markdown, which the current one does not.
  needed(text, format) {
    if (this.api.readsMarkdown) {
      return false;
    }
    if (format === "markdown") {
      return true;
    }
    return (format || "auto") === "auto" && this.api.detectFormat(text) === "markdown";
  }

  // ready resolves once the module can annotate text in format: at once
  // when it reads it already, else after the switch to the Markdown module.
  async ready(text, format) {
    if (!this.needed(text, format)) {
      return;
    }
    if (!this.switching) {
      this.switching = (async () => {
        await this.api.replace(await this.compile());
      })().finally(() => {
        this.switching = null;
      });
    }
    await this.switching;
  }

  // compile compiles source once (a failure is forgotten, so that the
  // next Markdown text tries again).
  compile() {
    if (!this.module) {
      const source = this.source;
      this.module = (async () => {
        if (source instanceof WebAssembly.Module) {
          return source;
        }
        const response = await fetch(source);
        if (!response.ok) {
          throw new Error("the Markdown module " + response.url + " answered " + response.status);
        }
        const type = response.headers.get("Content-Type") || "";
        const module = WebAssembly.compileStreaming && type.startsWith("application/wasm")
          ? await WebAssembly.compileStreaming(response)
          : await WebAssembly.compile(await response.arrayBuffer());
        if (this.compiled) {
          this.compiled(module);
        }
        return module;
      })();
      this.module.catch(() => {
        this.module = null;
      });
    }
    return this.module;
  }
}
