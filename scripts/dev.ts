// `npm run pytutor -- <orden>`: the CLI straight from its TypeScript sources
// (tsx), without building. Without dist/help.json, --help is commander's own.
import { main } from "../src/cli/main.js";

await main(process.argv);
