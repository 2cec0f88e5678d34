// Runs one browser scenario: node run.mjs <scenario> <base URL> [JSON].
// Prints "ok <scenario>" and exits 0, or prints the failure and exits 1.
// A scenario is scenarios/<name>.mjs whose default export receives
// {open, base, args} and throws on failure; open(viewport) gives a new
// page whose script errors, CSP reports and dialogs fail the scenario.
import { launch, newPage } from "./lib.mjs";

const [name, base, json = "{}"] = process.argv.slice(2);
if (!/^[a-z0-9-]+$/.test(name || "") || !base) {
  console.error("usage: node run.mjs <scenario> <base URL> [JSON arguments]");
  process.exit(2);
}
const { default: scenario } = await import(`./scenarios/${name}.mjs`);
const browser = await launch();
let code = 0;
try {
  const pages = [];
  const open = async (viewport) => {
    const page = await newPage(browser, base, viewport);
    pages.push(page);
    return page;
  };
  await scenario({ open, base, args: JSON.parse(json) });
  const problems = pages.flatMap((p) => p.problems());
  if (problems.length) throw new Error(problems.join("\n"));
  console.log(`ok ${name}`);
} catch (err) {
  console.error(`FAILED ${name}: ${err.stack || err}`);
  code = 1;
} finally {
  await browser.close();
}
process.exit(code);
