// Task-pane entry point (webpack "taskpane" chunk).
import { boot } from "./bootstrap";

const root = document.getElementById("root");
if (root) void boot(root);
