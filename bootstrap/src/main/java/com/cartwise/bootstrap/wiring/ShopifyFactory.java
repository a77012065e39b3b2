package com.cartwise.bootstrap.wiring;

import com.cartwise.application.imports.ModelRefresh;
import com.cartwise.application.port.CatalogRemovals;
import com.cartwise.application.port.ImportStaging;
import com.cartwise.application.port.InstallStates;
import com.cartwise.application.port.Jobs;
import com.cartwise.application.port.PersonalData;
import com.cartwise.application.port.SecretBox;
import com.cartwise.application.port.ShopifyAdmin;
import com.cartwise.application.port.ShopifyConnections;
import com.cartwise.application.port.ShopifyOAuth;
import com.cartwise.application.port.ShopifySignatures;
import com.cartwise.application.port.ShopifySyncLog;
import com.cartwise.application.port.Shops;
import com.cartwise.application.port.WebhookInbox;
import com.cartwise.application.port.WebhookPayloads;
import com.cartwise.application.recommend.ServingModels;
import com.cartwise.application.shopify.ShopifyScopes;
import com.cartwise.application.shopify.access.ShopifyKeys;
import com.cartwise.application.shopify.connect.ConnectShopify;
import com.cartwise.application.shopify.connect.DisconnectShopify;
import com.cartwise.application.shopify.connect.EstablishConnection;
import com.cartwise.application.shopify.connect.ReadShopifyStatus;
import com.cartwise.application.shopify.connect.SyncDueShops;
import com.cartwise.application.shopify.install.CompleteShopifyInstall;
import com.cartwise.application.shopify.install.ShopifyApp;
import com.cartwise.application.shopify.install.StartShopifyInstall;
import com.cartwise.application.shopify.sync.RunShopifySync;
import com.cartwise.application.shopify.sync.StartShopifySync;
import com.cartwise.application.shopify.webhooks.ReceiveWebhook;
import com.cartwise.application.shopify.webhooks.RunWebhooks;
import com.cartwise.bootstrap.settings.StartSettings;
import com.cartwise.domain.shopify.ClientSecret;
import com.cartwise.persistence.shopify.AesGcmSecretBox;
import com.cartwise.shopify.GraphqlShopifyAdmin;
import com.cartwise.shopify.HmacShopifySignatures;
import com.cartwise.shopify.HttpShopifyOAuth;
import com.cartwise.shopify.RestWebhookPayloads;
import com.cartwise.shopify.ShopifySettings;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Wires the Shopify connection: the Admin API client, the sealed token store, the sync and webhook
 * jobs, the OAuth install. Every setting is under {@code cartwise.shopify} in application.yml,
 * with its default here.
 */
@Factory
final class ShopifyFactory {
    /** 0: a connected shop's sync is due at every check. */
    private static final String INCREMENTAL_INTERVAL = "cartwise.shopify.sync.incremental-interval";
    private static final String STATE_LIFETIME = "cartwise.shopify.install.state-lifetime";

    @Singleton
    SecretBox secretBox(@Value("${cartwise.shopify.token-encryption-key:}") String key) {
        return AesGcmSecretBox.fromSetting(key);
    }

    @Singleton
    ShopifySettings shopifySettings(@Value("${cartwise.shopify.admin-url:}") String adminUrl,
                                    @Value("${cartwise.shopify.api-version}") String apiVersion,
                                    @Value("${cartwise.shopify.timeout}") Duration timeout,
                                    @Value("${cartwise.shopify.retries}") int retries,
                                    @Value("${cartwise.shopify.first-retry-pause}") Duration firstRetryPause,
                                    @Value("${cartwise.shopify.bulk-poll-interval}") Duration bulkPollInterval,
                                    @Value("${cartwise.shopify.page-size}") int pageSize) {
        return new ShopifySettings(adminUrl.isBlank() ? ShopifySettings.SHOPIFY : adminUrl.strip(), apiVersion, timeout, retries,
                firstRetryPause, bulkPollInterval, pageSize);
    }

    @Singleton
    @Named("shopify")
    HttpClient shopifyHttpClient(ShopifySettings settings) {
        // Redirects followed: a bulk result's address may redirect to the storage that serves it.
        return HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Singleton
    ShopifyAdmin shopifyAdmin(@Named("shopify") HttpClient client, JsonMapper json, ShopifySettings settings) {
        return new GraphqlShopifyAdmin(client, json, settings);
    }

    @Singleton
    ShopifyOAuth shopifyOAuth(@Named("shopify") HttpClient client, JsonMapper json, ShopifySettings settings) {
        return new HttpShopifyOAuth(client, json, settings);
    }

    @Singleton
    ShopifySignatures shopifySignatures() {
        return new HmacShopifySignatures();
    }

    @Singleton
    WebhookPayloads webhookPayloads(JsonMapper json) {
        return new RestWebhookPayloads(json);
    }

    /** The Cartwise app, when client id, secret and redirect are all set; an OAuth install needs them. */
    @Singleton
    AppSetting shopifyApp(@Value("${cartwise.shopify.app.client-id:}") String clientId,
                                    @Value("${cartwise.shopify.app.client-secret:}") String clientSecret,
                                    @Value("${cartwise.shopify.app.scopes:}") String scopes,
                                    @Value("${cartwise.shopify.app.redirect-url:}") String redirect) {
        if (clientId.isBlank() || clientSecret.isBlank() || redirect.isBlank()) {
            return new AppSetting(Optional.empty());
        }
        Set<String> asked = scopes.isBlank() ? ShopifyScopes.all()
                : Arrays.stream(scopes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        return new AppSetting(Optional.of(new ShopifyApp(clientId.strip(), new ClientSecret(clientSecret.strip()), asked,
                URI.create(redirect.strip()))));
    }

    /** The app's setting as a bean of its own: an injected Optional would mean "a ShopifyApp bean, if any". */
    record AppSetting(Optional<ShopifyApp> app) {
    }

    @Singleton
    ShopifyKeys shopifyKeys(ShopifyConnections connections, SecretBox secrets) {
        return new ShopifyKeys(connections, secrets);
    }

    @Singleton
    StartShopifySync startShopifySync(Shops shops, ShopifyConnections connections, ShopifySyncLog log, Jobs jobs,
                                      @Value("${cartwise.shopify.sync.orders-since:}") String ordersSince, Clock clock) {
        Optional<Instant> since = ordersSince.isBlank() ? Optional.empty()
                : Optional.of(LocalDate.parse(ordersSince.strip()).atStartOfDay(ZoneOffset.UTC).toInstant());
        return new StartShopifySync(shops, connections, log, jobs, since, clock);
    }

    @Singleton
    EstablishConnection establishConnection(ShopifyConnections connections, SecretBox secrets, ShopifyAdmin admin,
                                            ShopifySyncLog log, StartShopifySync startSync,
                                            @Value("${cartwise.shopify.webhooks.callback-url:}") String callback, Clock clock) {
        return new EstablishConnection(connections, secrets, admin, log, startSync,
                callback.isBlank() ? Optional.empty() : Optional.of(URI.create(callback.strip())), clock);
    }

    @Singleton
    ConnectShopify connectShopify(Shops shops, ShopifyConnections connections, SecretBox secrets, ShopifyAdmin admin,
                                  EstablishConnection establish) {
        return new ConnectShopify(shops, connections, secrets, admin, establish);
    }

    @Singleton
    DisconnectShopify disconnectShopify(ShopifyConnections connections, Clock clock) {
        return new DisconnectShopify(connections, clock);
    }

    @Singleton
    ReadShopifyStatus readShopifyStatus(Shops shops, ShopifyConnections connections, ShopifySyncLog log, WebhookInbox inbox,
                                        @Value("${cartwise.shopify.sync.incremental-interval}") Duration interval, Clock clock) {
        return new ReadShopifyStatus(shops, connections, log, inbox, StartSettings.notNegative(INCREMENTAL_INTERVAL, interval), clock);
    }

    @Singleton
    SyncDueShops syncDueShops(ShopifyConnections connections, ShopifySyncLog log, WebhookInbox inbox, StartShopifySync startSync,
                              Jobs jobs, @Value("${cartwise.shopify.sync.incremental-interval}") Duration interval,
                              @Value("${cartwise.shopify.webhooks.keep}") Duration keep, Clock clock) {
        return new SyncDueShops(connections, log, inbox, startSync, jobs, StartSettings.notNegative(INCREMENTAL_INTERVAL, interval),
                StartSettings.positive("cartwise.shopify.webhooks.keep", keep), clock);
    }

    @Singleton
    RunShopifySync runShopifySync(ShopifyKeys keys, ShopifyAdmin admin, ImportStaging staging, ShopifySyncLog log,
                                  ModelRefresh modelRefresh, Clock clock) {
        return new RunShopifySync(keys, admin, staging, log, modelRefresh, clock);
    }

    @Singleton
    ReceiveWebhook receiveWebhook(ShopifyConnections connections, ShopifyKeys keys, ShopifySignatures signatures, WebhookInbox inbox,
                                  ShopifySyncLog log, Jobs jobs, AppSetting app,
                                  @Value("${cartwise.shopify.webhooks.max-age}") Duration maxAge, Clock clock) {
        return new ReceiveWebhook(connections, keys, signatures, inbox, log, jobs, app.app().map(ShopifyApp::clientSecret),
                StartSettings.positive("cartwise.shopify.webhooks.max-age", maxAge), clock);
    }

    @Singleton
    RunWebhooks runWebhooks(WebhookInbox inbox, WebhookPayloads payloads, ShopifyKeys keys, ShopifyAdmin admin, ImportStaging staging,
                            ShopifySyncLog log, ServingModels servingModels, CatalogRemovals removals, PersonalData personal,
                            ShopifyConnections connections, ModelRefresh modelRefresh, Clock clock) {
        return new RunWebhooks(inbox, payloads, keys, admin, staging, log, servingModels, removals, personal, connections, modelRefresh,
                clock);
    }

    @Singleton
    StartShopifyInstall startShopifyInstall(AppSetting app, Shops shops,
                                            ShopifyConnections connections, InstallStates states, SecretBox secrets,
                                            ShopifyOAuth oauth, ShopifySignatures signatures,
                                            @Value("${cartwise.shopify.install.state-lifetime}") Duration lifetime, Clock clock) {
        return new StartShopifyInstall(app.app(), shops, connections, states, secrets, oauth, signatures,
                StartSettings.positive(STATE_LIFETIME, lifetime), clock);
    }

    @Singleton
    CompleteShopifyInstall completeShopifyInstall(AppSetting app, ShopifySignatures signatures,
                                                  InstallStates states, ShopifyOAuth oauth, ShopifyAdmin admin, Shops shops,
                                                  EstablishConnection establish,
                                                  @Value("${cartwise.shopify.install.state-lifetime}") Duration lifetime,
                                                  Clock clock) {
        return new CompleteShopifyInstall(app.app(), signatures, states, oauth, admin, shops, establish,
                StartSettings.positive(STATE_LIFETIME, lifetime), clock);
    }

    /** The scheduler's own thread: rounds are short (a query and a few inserts), one at a time. */
    @Singleton
    @Named("shopify-schedule")
    @Bean(preDestroy = "shutdownNow")
    java.util.concurrent.ScheduledExecutorService shopifySchedule() {
        // the pool itself, not Executors' single-thread wrapper, so that Micrometer's executor meters can read it
        return new java.util.concurrent.ScheduledThreadPoolExecutor(1,
                Thread.ofPlatform().name("cartwise-shopify-schedule").daemon().factory());
    }
}
