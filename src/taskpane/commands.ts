// Function file declared in the manifest. The ribbon button opens the pane (ShowTaskpane), so no
// command functions are registered yet; Office still requires the page to initialise.
Office.onReady(() => undefined);
