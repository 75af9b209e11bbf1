/** The shapes of the demo Smart Store (commerce-store.ts makes it; the emulator answers from it). */

export interface DemoOption {
  id: number;
  optionName1: string;
  optionName2?: string;
  stockQuantity: number;
  price: number;
  usable: boolean;
}

export interface DemoProduct {
  originProductNo: number;
  channelProductNo: number;
  name: string;
  statusType: 'SALE' | 'OUTOFSTOCK' | 'SUSPENSION';
  salePrice: number;
  stockQuantity: number;
  /** Combination options (조합형): the product's stock is the sum of theirs. */
  options: DemoOption[];
  sellerManagementCode: string;
}

export interface DemoDelivery {
  deliveryMethod: string;
  deliveryCompany: string;
  trackingNumber: string;
  sendDate: number;
}

export interface DemoOrder {
  productOrderId: string;
  orderId: string;
  orderDate: number;
  paymentDate: number;
  buyerName: string;
  originProductNo: number;
  optionId?: number;
  quantity: number;
  productOrderStatus: 'PAYED' | 'DELIVERING' | 'DELIVERED' | 'PURCHASE_DECIDED' | 'CANCELED';
  placeOrderStatus: 'NOT_YET' | 'OK' | 'CANCEL';
  placeOrderDate?: number;
  shippingDueDate: number;
  receiverAddressChanged: boolean;
  delivery?: DemoDelivery;
}

export interface DemoInquiry {
  inquiryNo: number;
  category: string;
  title: string;
  inquiryContent: string;
  createdAt: number;
  orderId: string;
  productOrderIds: string[];
  productName: string;
  customerName: string;
  answer?: { answerContentId: number; content: string; at: number };
}

export interface DemoQna {
  questionId: number;
  productId: number;
  productName: string;
  question: string;
  maskedWriterId: string;
  createDate: number;
  answer?: string;
}

export interface DemoStore {
  products: DemoProduct[];
  orders: DemoOrder[];
  inquiries: DemoInquiry[];
  qnas: DemoQna[];
  /** Tracking numbers already used, across the store (the vendor refuses one used twice). */
  usedTracking: Set<string>;
  nextCommentNo: number;
}
