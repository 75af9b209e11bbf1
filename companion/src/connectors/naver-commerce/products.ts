/**
 * The product API's reads and stock writes (spec §7.4, §7.5): the search (no option stock in it),
 * the origin product read for its options, the option-stock write, which must carry every option
 * with its current stock and price (an option or a field left out is saved as 0), and the
 * multi-product stock change for a product without options. The whole-product PUT is never used.
 */
import { z } from 'zod';
import type { CommerceClient } from './client.ts';
import { parseVendor } from './parse.ts';

/** The search's largest page (spec §7.5). */
export const SEARCH_PAGE_MAX = 500;

const ChannelProductSchema = z.object({
  channelProductNo: z.number(),
  channelServiceType: z.string().optional(),
  name: z.string(),
  sellerManagementCode: z.string().optional(),
  statusType: z.string(),
  salePrice: z.number().optional(),
  stockQuantity: z.number(),
});

const SearchSchema = z.object({
  contents: z.array(z.object({ originProductNo: z.number(), channelProducts: z.array(ChannelProductSchema) })),
  page: z.number().optional(),
  totalElements: z.number(),
  totalPages: z.number().optional(),
});

export interface ListedProduct {
  originProductNo: number;
  channelProductNo: number;
  name: string;
  sellerManagementCode?: string;
  statusType: string;
  stockQuantity: number;
}

const CombinationSchema = z.object({
  id: z.number(),
  optionName1: z.string().optional(),
  optionName2: z.string().optional(),
  optionName3: z.string().optional(),
  optionName4: z.string().optional(),
  stockQuantity: z.number().default(0),
  price: z.number().default(0),
  usable: z.boolean().default(true),
});
export type Combination = z.infer<typeof CombinationSchema>;

const StandardSchema = z.object({
  id: z.number(),
  optionName1: z.string().optional(),
  optionName2: z.string().optional(),
  stockQuantity: z.number().default(0),
  usable: z.boolean().default(true),
});
export type Standard = z.infer<typeof StandardSchema>;

const OriginSchema = z.object({
  originProduct: z.object({
    statusType: z.string(),
    name: z.string(),
    salePrice: z.number().optional(),
    stockQuantity: z.number().default(0),
    detailAttribute: z
      .object({
        optionInfo: z
          .object({
            optionCombinations: z.array(CombinationSchema).default([]),
            optionStandards: z.array(StandardSchema).default([]),
            useStockManagement: z.boolean().optional(),
          })
          .optional(),
      })
      .optional(),
  }),
});

/** A product with its stock-bearing options, as the vendor holds it now. */
export interface OriginProduct {
  originProductNo: number;
  name: string;
  statusType: string;
  stockQuantity: number;
  combinations: Combination[];
  standards: Standard[];
  useStockManagement?: boolean;
}

export class CommerceProducts {
  constructor(private readonly client: CommerceClient) {}

  /** One page of the seller's products (newest first as the vendor orders them), or those asked by number. */
  async search(options: {
    page: number;
    size: number;
    channelProductNos?: number[];
    originProductNos?: number[];
  }): Promise<{ items: ListedProduct[]; total: number }> {
    const body: Record<string, unknown> = { page: options.page, size: Math.min(options.size, SEARCH_PAGE_MAX) };
    if (options.channelProductNos)
      Object.assign(body, { searchKeywordType: 'CHANNEL_PRODUCT_NO', channelProductNos: options.channelProductNos });
    if (options.originProductNos)
      Object.assign(body, { searchKeywordType: 'PRODUCT_NO', originProductNos: options.originProductNos });
    const answer = parseVendor(
      SearchSchema,
      (await this.client.call('POST', '/external/v1/products/search', { body })).text,
    );
    const items = answer.contents.flatMap((c) => {
      // One product can be on several channels; the Smart Store one is the seller's stock view.
      const channel = c.channelProducts.find((p) => p.channelServiceType === 'STOREFARM') ?? c.channelProducts[0];
      return channel
        ? [
            {
              originProductNo: c.originProductNo,
              channelProductNo: channel.channelProductNo,
              name: channel.name,
              ...(channel.sellerManagementCode ? { sellerManagementCode: channel.sellerManagementCode } : {}),
              statusType: channel.statusType,
              stockQuantity: channel.stockQuantity,
            },
          ]
        : [];
    });
    return { items, total: answer.totalElements };
  }

  /** The product as the vendor holds it now, with every option that carries stock. */
  async origin(originProductNo: number): Promise<OriginProduct> {
    const response = await this.client.call('GET', `/external/v2/products/origin-products/${originProductNo}`);
    return originOf(originProductNo, response.text);
  }

  /**
   * Writes the options' stock: `combinations` and `standards` must be every option of the product
   * with its stock, price and `usable` (what is left out is saved as 0). Answers the product after.
   */
  async putOptionStock(
    product: Pick<OriginProduct, 'originProductNo' | 'combinations' | 'standards' | 'useStockManagement'>,
  ): Promise<OriginProduct> {
    const optionInfo: Record<string, unknown> = {};
    if (product.combinations.length > 0)
      optionInfo.optionCombinations = product.combinations.map(({ id, stockQuantity, price, usable }) => ({
        id,
        stockQuantity,
        price,
        usable,
      }));
    if (product.standards.length > 0)
      optionInfo.optionStandards = product.standards.map(({ id, stockQuantity, usable }) => ({
        id,
        stockQuantity,
        usable,
      }));
    if (product.useStockManagement !== undefined) optionInfo.useStockManagement = product.useStockManagement;
    const response = await this.client.call(
      'PUT',
      `/external/v1/products/origin-products/${product.originProductNo}/option-stock`,
      {
        body: { optionInfo },
      },
    );
    return originOf(product.originProductNo, response.text);
  }

  /** The stock of one product without options (the multi-update's `STOCK` change, one product a call). */
  async putProductStock(originProductNo: number, stockQuantity: number): Promise<void> {
    await this.client.call('PATCH', '/external/v1/products/origin-products/multi-update', {
      body: { multiProductUpdateRequestVos: [{ originProductNo, multiUpdateTypes: ['STOCK'], stockQuantity }] },
    });
  }
}

function originOf(originProductNo: number, text: string): OriginProduct {
  const { originProduct } = parseVendor(OriginSchema, text);
  const info = originProduct.detailAttribute?.optionInfo;
  return {
    originProductNo,
    name: originProduct.name,
    statusType: originProduct.statusType,
    stockQuantity: originProduct.stockQuantity,
    combinations: info?.optionCombinations ?? [],
    standards: info?.optionStandards ?? [],
    ...(info?.useStockManagement === undefined ? {} : { useStockManagement: info.useStockManagement }),
  };
}
