// Offline manifest check. `office-addin-manifest validate` calls a Microsoft web service, which is
// unreachable here, so we check what that service would: structure, schema element order, that every
// resid resolves, that every icon exists at the right size, https URLs, and the requirement set.
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";

const repo = path.resolve(__dirname, "..");
const xml = readFileSync(path.join(repo, "manifest.xml"), "utf8");

type Node = Record<string, unknown>;
const ordered = new XMLParser({ ignoreAttributes: false, preserveOrder: true, attributeNamePrefix: "@" }).parse(xml) as Node[];
const tree = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: () => false }).parse(xml) as Node;

/** Child element names of an ordered node, in document order. */
function childNames(node: Node | undefined, name: string): string[] {
  const children = (node?.[name] as Node[] | undefined) ?? [];
  return children.flatMap((c) => Object.keys(c).filter((k) => k !== ":@" && k !== "#text" && k !== "#comment"));
}
function child(node: Node | undefined, name: string, childName: string): Node | undefined {
  const children = (node?.[name] as Node[] | undefined) ?? [];
  return children.find((c) => childName in c);
}

/** True when `actual` lists elements in the same relative order as `schema` (optional ones may be absent). */
function inSchemaOrder(actual: string[], schema: string[]): boolean {
  const idx = actual.map((n) => schema.indexOf(n));
  return idx.every((i) => i >= 0) && idx.every((i, k) => k === 0 || i >= (idx[k - 1] as number));
}

const officeApp = ordered.find((n) => "OfficeApp" in n);

describe("manifest.xml", () => {
  test("is a TaskPaneApp for the Workbook host with ReadWriteDocument", () => {
    const app = tree.OfficeApp as Node;
    expect(app["@xsi:type"]).toBe("TaskPaneApp");
    expect((app.Hosts as Node).Host).toEqual({ "@Name": "Workbook" });
    expect(app.Permissions).toBe("ReadWriteDocument");
    expect(String(app.Id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(String(app.Version)).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  test("top-level elements are in the order the OfficeApp schema requires", () => {
    const schema = [
      "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
      "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
      "AllowSnapshot", "VersionOverrides",
    ];
    expect(inSchemaOrder(childNames(officeApp, "OfficeApp"), schema)).toBe(true);
  });

  test("the ribbon button sits on the Home tab and its elements are in schema order", () => {
    const vo = child(officeApp, "OfficeApp", "VersionOverrides");
    const host = child(child(vo, "VersionOverrides", "Hosts"), "Hosts", "Host");
    const dff = child(host, "Host", "DesktopFormFactor");
    expect(inSchemaOrder(childNames(dff, "DesktopFormFactor"), ["GetStarted", "FunctionFile", "ExtensionPoint"])).toBe(true);
    const tab = child(child(dff, "DesktopFormFactor", "ExtensionPoint"), "ExtensionPoint", "OfficeTab");
    expect((tab?.[":@"] as Node)["@id"]).toBe("TabHome");
    const group = child(tab, "OfficeTab", "Group");
    expect(inSchemaOrder(childNames(group, "Group"), ["Label", "Icon", "Control"])).toBe(true);
    const control = child(group, "Group", "Control");
    expect(inSchemaOrder(childNames(control, "Control"), ["Label", "Supertip", "Icon", "Action"])).toBe(true);
    expect(childNames(child(vo, "VersionOverrides", "Resources"), "Resources")).toEqual(["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"]);
  });

  test("every resid resolves to a resource of the right kind", () => {
    const resources = new Map<string, string>();
    for (const m of xml.matchAll(/<bt:(Image|Url|String) id="([^"]+)"/g)) resources.set(m[2] as string, m[1] as string);
    const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1] as string);
    expect(used.length).toBeGreaterThan(5);
    for (const id of used) expect({ id, found: resources.has(id) }).toEqual({ id, found: true });
    // resids are limited to 32 characters by the schema
    for (const id of resources.keys()) expect(id.length).toBeLessThanOrEqual(32);
  });

  test("every URL is https and every icon file exists at its declared size", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1] as string);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
    for (const m of xml.matchAll(/<bt:Image id="[^"]*?(\d+)x\d+" DefaultValue="https:\/\/[^/]+\/(assets\/[^"]+)"/g)) {
      const file = path.join(repo, m[2] as string);
      expect(existsSync(file)).toBe(true);
      const png = readFileSync(file);
      expect(png.readUInt32BE(16)).toBe(Number(m[1])); // PNG IHDR width
    }
    for (const m of xml.matchAll(/<(?:IconUrl|HighResolutionIconUrl) DefaultValue="https:\/\/[^/]+\/(assets\/[^"]+)"/g)) {
      expect(existsSync(path.join(repo, m[1] as string))).toBe(true);
    }
  });

  test("declares ExcelApi 1.9 and English and Chinese names", () => {
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1\.9"\/>/);
    const app = tree.OfficeApp as Node;
    expect((app.DisplayName as Node)["@DefaultValue"]).toBe("Settle");
    expect(((app.DisplayName as Node).Override as Node)["@Locale"]).toBe("zh-CN");
    expect(((app.Description as Node).Override as Node)["@Value"]).toMatch(/[\u4e00-\u9fff]/);
  });

  test("development URLs are localhost:3000 and the production URL is one setting away", () => {
    expect(xml).toContain("https://localhost:3000/taskpane.html");
    expect(xml).not.toMatch(/contoso/i);
    const pkg = JSON.parse(readFileSync(path.join(repo, "package.json"), "utf8")) as { config: { prod_url: string } };
    expect(pkg.config.prod_url).toMatch(/^https:\/\/.+\/$/);
  });
});
