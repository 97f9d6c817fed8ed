// Stands in for office.js in the browser test: an Excel host that is ready at once, in zh-CN, with
// the requirement sets Settle asks for. Excel.run is provided by the page's in-memory host when
// a test needs workbook access; the boot path only needs Office.onReady.
(function () {
  var info = { host: "Excel", platform: "OfficeOnline" };
  window.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    onReady: function (cb) {
      if (cb) cb(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: "zh-CN",
      officeTheme: { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#000000" },
      requirements: {
        // Excel on the web today: ExcelApi up to 1.17. Versions compare part by part ("1.9" < "1.17").
        isSetSupported: function (name, version) {
          var want = String(version || "1.1").split(".").map(Number);
          var have = [1, 17];
          return name === "ExcelApi" && (want[0] < have[0] || (want[0] === have[0] && (want[1] || 0) <= have[1]));
        },
      },
    },
  };
})();
