/**
 * Follows a download link of this server, leaving the page where it is; the server's
 * Content-Disposition names the file. Links to another origin are never followed (the session
 * cookie that authorises them is never sent elsewhere): returns whether the link was followed.
 */
export function followDownloadLink(url: string): boolean {
  const target = new URL(url, window.location.origin);
  if (target.origin !== window.location.origin) return false;
  const link = document.createElement('a');
  link.href = target.href;
  // Empty: the server's Content-Disposition names the file.
  link.download = '';
  document.body.append(link);
  link.click();
  link.remove();
  return true;
}
