// What the app may use of partners: the pages that edit a profile and add a partner.
export { EditPartnerPage, NewPartnerPage } from './PartnerPages';
