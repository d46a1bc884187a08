import { render } from "preact";

render(<h1>solieu</h1>, document.getElementById("app") as HTMLElement);
