declare const descriptor: { nested: Record<string, { nested: Record<string, unknown> }> };
export default descriptor;
