import type { EnglishStrings } from '../shell/language.js';

/** English for the portal page's marked elements; the Vietnamese is in index.html. */
export const portalEnglish: EnglishStrings = {
  description:
    'Find an administrative procedure, track a dossier and rate the service in Kinh Bắc ward, Bắc Ninh province.',
  title: 'Kinh Bắc Ward e-Portal',
  skip: 'Skip to main content',
  kicker: 'Bắc Ninh Provincial People’s Committee',
  site: 'Kinh Bắc Ward e-Portal',
  menu: 'Main menu',
  'menu-home': 'Home',
  'menu-news': 'News and events',
  'menu-procedures': 'Administrative procedures',
  'menu-track': 'Track a dossier',
  'menu-rate': 'Rate our service',
  'menu-contact': 'Contact',
  'procedures-title': 'Administrative procedures of Kinh Bắc Ward',
  'procedures-intro':
    'Find the required documents, processing time, fees and charges, and apply online for the procedures the Ward People’s Committee receives.',
  'news-title': 'News and events',
  'news-1-title': 'Kinh Bắc Ward accepts fully online applications for 45 procedures',
  'news-1-text':
    'From 1 December, residents can apply for birth and marriage registration, certified copies and many other procedures without visiting the one-stop desk.',
  'news-2-title': 'How to track the progress of your dossier with its dossier code',
  'news-2-text':
    'The dossier code is printed on the receipt and appointment slip; the verifier is the last four digits of the applicant’s phone number.',
  'news-3-title': 'December 2026 citizen reception schedule of the Ward Chairman',
  'news-3-text':
    'The Chairman of the Ward People’s Committee receives citizens every Thursday morning at the Ward office.',
  sidebar: 'Services',
  'rate-hint': 'Has your dossier been processed? Track it above, then rate your satisfaction here.',
  'contact-title': 'One-stop desk',
  'contact-address': 'Address',
  'contact-address-value': '6 Lý Thái Tổ Street, Kinh Bắc Ward, Bắc Ninh Province',
  'contact-hours': 'Opening hours',
  'contact-hours-value': 'Monday to Friday: 7:30–11:30 and 13:30–17:00',
  'contact-phone': 'Hotline',
  'footer-owner': 'People’s Committee of Kinh Bắc Ward, Bắc Ninh Province',
  'footer-demo':
    'Demonstration page: the news and phone number are made up; procedures come from the national database of administrative procedures, dossiers are sample data.',
};
