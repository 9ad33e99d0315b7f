// What other features and the app may use of introductions: the page, the PAL's actions, the status in words.
export { IntroductionActions } from './IntroductionActions';
export { IntroductionPage, statusLine } from './IntroductionPage';
