/** Definitions emitted once each and referenced by name wherever their text repeats. */
export class SharedDefinitions {
  private readonly names = new Map<string, string>();
  /** The declarations, in the order their names were first asked for. */
  readonly lines: string[] = [];

  constructor(
    private readonly prefix: string,
    private readonly declare: (name: string, text: string) => string,
  ) {}

  name(text: string): string {
    let name = this.names.get(text);
    if (name === undefined) {
      name = `${this.prefix}${this.names.size}`;
      this.names.set(text, name);
      this.lines.push(this.declare(name, text));
    }
    return name;
  }
}
