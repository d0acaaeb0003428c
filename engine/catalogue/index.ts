export { decodeInstanceName, type DecodedName, type NamePart } from './decode-name';
export { familyPrefix, type FamilyPrefixInfo } from './family-category';
