import { render } from "preact";
import { App } from "./app";
import { interceptLinks } from "./router";
import { loadSession } from "./session";
import "./styles.css";

interceptLinks();
void loadSession();
render(<App />, document.getElementById("app") as HTMLElement);
