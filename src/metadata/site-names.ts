import { folded } from './described.js';
import { hostOf } from '../detect/page-evidence.js';
import { mapped } from '../model/mapped.js';

/**
 * The names a site goes by, folded (see `folded`): those it states (`og:site_name`, its
 * publisher's), and its address's: the host less `www` (`forums.virtualbox.org`), each shorter
 * domain of it but the last label (`virtualbox.org`), and the host's and the domain's first
 * labels (`forums`, `virtualbox`). A logo's `<h1>`, a template's author and a `<title>`'s
 * suffix are one of these.
 */
export function siteNames(url: string | null, ...stated: (string | null)[]): string[] {
  const names = mapped(stated.filter((n): n is string => n !== null), folded);
  const host = hostOf(url)?.replace(/^www\d*\./, '');
  if (host) {
    const labels = host.split('.');
    for (let i = 0; i < labels.length - 1; i++) names.push(folded(labels.slice(i).join('.')), folded(labels[i]!));
  }
  return [...new Set(names.filter(Boolean))];
}
