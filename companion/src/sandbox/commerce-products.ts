/**
 * The demo store's products as the product API answers them (spec §7.4, §7.5): the search (no
 * option stock in it), the origin product with its combination options, the option-stock write
 * with its traps (an option left out, or sent without `stockQuantity` or `price`, is saved as 0;
 * `usable` left out becomes true; the product's stock is the sum of its combinations), and the
 * multi-product stock change. Counted: `commerce:option-zeroed` each time a trap zeroes something.
 *
 * Not in the spec, the emulator's choice: the multi-update refuses a combination-option product
 * (the combination rule suggests it; unverified), and answers `data` as an empty object.
 */
import type { Answer } from './commerce-orders.ts';
import type { DemoOption, DemoProduct, DemoStore } from './commerce-types.ts';
import { contentsError } from './commerce-answers.ts';

const COMBINATION_RULE = '조합형 옵션 상품인 경우 상품의 재고수량과 조합형옵션 재고수량의 합은 같아야 합니다.';
const INVALID = '입력한 데이터가 유효하지 않습니다.';

function channelProduct(p: DemoProduct) {
  return {
    channelProductNo: p.channelProductNo,
    originProductNo: p.originProductNo,
    channelServiceType: 'STOREFARM',
    name: p.name,
    sellerManagementCode: p.sellerManagementCode,
    statusType: p.statusType,
    channelProductDisplayStatusType: 'ON',
    salePrice: p.salePrice,
    discountedPrice: p.salePrice,
    stockQuantity: p.stockQuantity,
  };
}

function numbers(value: unknown): number[] | null {
  return Array.isArray(value) && value.every((v) => Number.isInteger(v)) ? (value as number[]) : null;
}

/** `POST /external/v1/products/search`. */
export function searchProducts(store: DemoStore, body: unknown, now: number): Answer {
  const request = (body ?? {}) as Record<string, unknown>;
  const page = request.page === undefined ? 1 : Number(request.page);
  const size = request.size === undefined ? 50 : Number(request.size);
  if (!Number.isInteger(page) || page < 1)
    return contentsError(400, 'BAD_REQUEST', INVALID, now, { name: 'page', type: 'Min' });
  if (!Number.isInteger(size) || size < 1 || size > 500)
    return contentsError(400, 'BAD_REQUEST', INVALID, now, { name: 'size', type: 'Max' });
  const channel = numbers(request.channelProductNos);
  const origin = numbers(request.originProductNos);
  const code = typeof request.sellerManagementCode === 'string' ? request.sellerManagementCode : null;
  const matching = store.products.filter(
    (p) =>
      (!channel || channel.includes(p.channelProductNo)) &&
      (!origin || origin.includes(p.originProductNo)) &&
      (code === null || p.sellerManagementCode === code),
  );
  const totalPages = Math.ceil(matching.length / size);
  return {
    status: 200,
    body: {
      contents: matching.slice((page - 1) * size, page * size).map((p) => ({
        originProductNo: p.originProductNo,
        channelProducts: [channelProduct(p)],
      })),
      page,
      size,
      totalElements: matching.length,
      totalPages,
      first: page === 1,
      last: page >= totalPages,
    },
  };
}

/** `GET /external/v2/products/origin-products/{originProductNo}`: the whole product. */
export function originProduct(store: DemoStore, originProductNo: string, now: number): Answer {
  const product = store.products.find((p) => String(p.originProductNo) === originProductNo);
  if (!product) return contentsError(404, 'NOT_FOUND', '상품이 존재하지 않습니다.', now);
  const twoNames = product.options.some((o) => o.optionName2 !== undefined);
  return {
    status: 200,
    body: {
      originProduct: {
        statusType: product.statusType,
        saleType: 'NEW',
        leafCategoryId: '50002563',
        name: product.name,
        images: { representativeImage: { url: `https://shop-phinf.example/${product.originProductNo}.jpg` } },
        salePrice: product.salePrice,
        stockQuantity: product.stockQuantity,
        deliveryInfo: { deliveryType: 'DELIVERY', deliveryAttributeType: 'NORMAL', deliveryCompany: 'CJGLS' },
        detailAttribute: {
          sellerCodeInfo: { sellerManagementCode: product.sellerManagementCode },
          ...(product.options.length > 0
            ? {
                optionInfo: {
                  optionCombinationSortType: 'CREATE',
                  optionCombinationGroupNames: twoNames
                    ? { optionGroupName1: '색상', optionGroupName2: '용량' }
                    : { optionGroupName1: '선택' },
                  optionCombinations: product.options.map((o) => ({ ...o })),
                  useStockManagement: true,
                },
              }
            : {}),
        },
      },
      smartstoreChannelProduct: {
        channelProductName: product.name,
        naverShoppingRegistration: true,
        channelProductDisplayStatusType: 'ON',
      },
    },
  };
}

interface SentOption {
  id?: unknown;
  stockQuantity?: unknown;
  price?: unknown;
  usable?: unknown;
}

/**
 * `PUT /external/v1/products/origin-products/{originProductNo}/option-stock`: only the options'
 * stock, price and `usable` change, and exactly as sent (the traps included).
 */
export function putOptionStock(
  store: DemoStore,
  originProductNo: string,
  body: unknown,
  now: number,
  count: (what: string) => void,
): Answer {
  const product = store.products.find((p) => String(p.originProductNo) === originProductNo);
  if (!product) return contentsError(404, 'NOT_FOUND', '상품이 존재하지 않습니다.', now);
  const sent = (body as { optionInfo?: { optionCombinations?: unknown } } | null)?.optionInfo?.optionCombinations;
  if (!Array.isArray(sent))
    return contentsError(400, 'BAD_REQUEST', INVALID, now, { name: 'optionInfo', type: 'NotNull' });
  if (product.options.length === 0)
    return contentsError(400, 'BAD_REQUEST', '옵션이 없는 상품입니다.', now, {
      name: 'optionInfo.optionCombinations',
      type: 'Invalid',
    });
  for (const [i, option] of (sent as SentOption[]).entries()) {
    const quantity = option.stockQuantity;
    if (!product.options.some((o) => o.id === option.id))
      return contentsError(400, 'BAD_REQUEST', INVALID, now, {
        name: `optionInfo.optionCombinations[${i}].id`,
        type: 'Invalid',
      });
    if (
      quantity !== undefined &&
      (!Number.isInteger(quantity) || (quantity as number) < 0 || (quantity as number) > 99_999_999)
    )
      return contentsError(400, 'BAD_REQUEST', INVALID, now, {
        name: `optionInfo.optionCombinations[${i}].stockQuantity`,
        type: 'Range',
      });
  }
  const after: DemoOption[] = product.options.map((o) => {
    const option = (sent as SentOption[]).find((s) => s.id === o.id);
    const stock = typeof option?.stockQuantity === 'number' ? option.stockQuantity : 0;
    const price = typeof option?.price === 'number' ? option.price : 0;
    if ((stock === 0 && o.stockQuantity !== 0) || (price === 0 && o.price !== 0)) count('commerce:option-zeroed');
    return { ...o, stockQuantity: stock, price, usable: typeof option?.usable === 'boolean' ? option.usable : true };
  });
  product.options = after;
  product.stockQuantity = after.reduce((total, o) => total + o.stockQuantity, 0);
  return originProduct(store, originProductNo, now);
}

/** `PATCH /external/v1/products/origin-products/multi-update`. */
export function multiUpdate(store: DemoStore, body: unknown, now: number): Answer {
  const items = (body as { multiProductUpdateRequestVos?: unknown } | null)?.multiProductUpdateRequestVos;
  if (!Array.isArray(items) || items.length === 0)
    return contentsError(400, 'BAD_REQUEST', INVALID, now, { name: 'multiProductUpdateRequestVos', type: 'NotEmpty' });
  const changes: { product: DemoProduct; stock: number }[] = [];
  for (const [i, item] of (items as Record<string, unknown>[]).entries()) {
    const product = store.products.find((p) => p.originProductNo === item.originProductNo);
    const field = (name: string) => `multiProductUpdateRequestVos[${i}].${name}`;
    if (!product)
      return contentsError(400, 'BAD_REQUEST', '상품이 존재하지 않습니다.', now, {
        name: field('originProductNo'),
        type: 'Invalid',
      });
    const types = item.multiUpdateTypes;
    if (!Array.isArray(types) || types.length !== 1 || types[0] !== 'STOCK')
      return contentsError(400, 'BAD_REQUEST', INVALID, now, { name: field('multiUpdateTypes'), type: 'Invalid' });
    const stock = item.stockQuantity;
    if (!Number.isInteger(stock) || (stock as number) < 0)
      return contentsError(400, 'BAD_REQUEST', INVALID, now, { name: field('stockQuantity'), type: 'NotNull' });
    if (product.options.length > 0)
      return contentsError(400, 'BAD_REQUEST', COMBINATION_RULE, now, {
        name: field('stockQuantity'),
        type: 'Invalid',
      });
    changes.push({ product, stock: stock as number });
  }
  for (const { product, stock } of changes) product.stockQuantity = stock;
  return { status: 200, body: { code: 'SUCCESS', message: '성공', data: {} } };
}
