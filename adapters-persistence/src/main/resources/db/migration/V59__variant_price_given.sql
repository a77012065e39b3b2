-- Whether the variant's price was given by the merchant's data (a products export, the Admin API,
-- an order line's price) or is the 0 a basket file's item gets for want of one. A bundle with an
-- item of the second kind would go live giving it away, so it cannot be approved; a variant the
-- merchant prices at 0.00 (a free gift) is not of that kind.
ALTER TABLE variants ADD COLUMN price_given boolean NOT NULL DEFAULT true;
-- Before this column, only basket data added variants under 'item:' handles (Shopify's handles have
-- no colon), and such an item at 0 had come without a price: the same test the approval of a
-- bundle made until now.
UPDATE variants SET price_given = false WHERE handle LIKE 'item:%' AND price = 0;
