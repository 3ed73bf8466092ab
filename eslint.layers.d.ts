/** The layers of src/, bottom to top: [name, folders]. */
export declare const LAYERS: [string, string[]][];
