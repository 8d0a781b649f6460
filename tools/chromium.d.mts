export declare const chromiumExecutable: string;
export declare const chromiumArgs: string[];
export declare const chromiumLaunchOptions: { executablePath: string; args: string[]; headless: true };
