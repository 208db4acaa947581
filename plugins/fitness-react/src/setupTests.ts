import '@testing-library/jest-dom';

// @mui/x-charts measures its container; jsdom has no ResizeObserver.
class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
if (!('ResizeObserver' in window)) {
  Object.assign(window, { ResizeObserver: NoopResizeObserver });
}
