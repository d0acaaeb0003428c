export { decodeInstanceName, type DecodedName, type NamePart } from './decode-name';
export { familyPrefix, type FamilyPrefixInfo } from './family-category';
export {
  catalogueRows,
  CATALOGUE_MONTH_HOURS,
  CATALOGUE_PRICE_BASES,
  type CataloguePrice,
  type CataloguePriceBasis,
  type CatalogueQuery,
  type CatalogueRow,
} from './catalogue-prices';
export { CATEGORY_TERMS } from './category-terms';
export { compareInstanceTypes } from './type-order';
