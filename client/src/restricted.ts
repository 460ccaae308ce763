// Settings a workspace must not set while it is untrusted (Restricted Mode): declared in package.json
// (`capabilities.untrustedWorkspaces.restrictedConfigurations`) and honoured here, in the answers the client gives
// to the server's workspace/configuration requests. `kijun.include` holds glob patterns that the repository could
// choose to make the server work hard or check files it names; in an untrusted workspace only the user's own
// value counts. No vscode import: the tests read it as it is.

/** The restricted keys of the `kijun` section (package.json lists them as `kijun.<key>`). */
export const RESTRICTED_SETTINGS = ['include'] as const;

/**
 * The value of one configuration item as the server may see it in an untrusted workspace: for the `kijun` section,
 * each restricted key replaced by the user's value (undefined: the key is left out, the server's default applies);
 * for `kijun.include` itself, the user's value. Other sections pass unchanged.
 */
export function restrictSettings(
  value: unknown,
  section: string | undefined,
  userValue: (key: string) => unknown,
): unknown {
  if (section === 'kijun') {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    for (const key of RESTRICTED_SETTINGS) {
      const user = userValue(key);
      if (user === undefined) delete copy[key];
      else copy[key] = user;
    }
    return copy;
  }
  const key = RESTRICTED_SETTINGS.find((k) => section === `kijun.${k}`);
  return key ? userValue(key) : value;
}
