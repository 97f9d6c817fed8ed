// jsdom lacks ResizeObserver, which Fluent UI's MessageBar uses to lay itself out.
if (typeof window !== "undefined" && typeof window.ResizeObserver === "undefined") {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
