using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Infrastructure.Cbs;
using Gemeenschapskracht.Infrastructure.Documents;
using Gemeenschapskracht.Infrastructure.Email;
using Gemeenschapskracht.Infrastructure.Identity;
using Gemeenschapskracht.Infrastructure.Jobs;
using Gemeenschapskracht.Infrastructure.Persistence;
using Gemeenschapskracht.Infrastructure.Persistence.Interceptors;
using Gemeenschapskracht.Infrastructure.Provisioning;
using Gemeenschapskracht.Infrastructure.Tenancy;
using Gemeenschapskracht.Infrastructure.Tenancy.Strategies;
using Hangfire;
using Hangfire.SqlServer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gemeenschapskracht.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddCbsSource(configuration);

        AddTenancy(services, configuration);
        AddPersistence(services, configuration, contentRoot);
        AddJobs(services, configuration);
        services.AddPlatformIdentity(configuration);
        AddEmail(services, configuration, contentRoot);
        services.AddSingleton<IDocumentRenderer, PdfDocumentRenderer>();
        services.AddSingleton<ICsvWriter, Csv.SylvanCsvWriter>();
        services.AddSingleton<IThemaherkenning, Themas.LuceneThemaherkenning>();
        return services;
    }

    private static void AddEmail(IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.Configure<EmailOptions>(configuration.GetSection("Email"));
        services.AddSingleton(new ContentRoot(contentRoot));
        if (string.Equals(configuration["Email:Mode"], "Pickup", StringComparison.OrdinalIgnoreCase))
            services.AddSingleton<IEmailSender, PickupFolderEmailSender>();
        else
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
    }

    private static void AddTenancy(IServiceCollection services, IConfiguration configuration)
    {
        var tenancy = configuration.GetSection("Tenancy").Get<TenancyOptions>() ?? new TenancyOptions();
        services.AddSingleton<ITenantContextAccessor, AsyncLocalTenantContextAccessor>();
        services.AddScoped<ICurrentTenant, CurrentTenant>();
        services.AddSingleton<EfTenantStore>();
        services.AddSingleton<CachingTenantStore>(sp => new CachingTenantStore(
            sp.GetRequiredService<EfTenantStore>(), sp.GetRequiredService<Microsoft.Extensions.Caching.Memory.IMemoryCache>(),
            TimeSpan.FromSeconds(tenancy.CacheSeconds)));
        services.AddSingleton<ITenantStore>(sp => sp.GetRequiredService<CachingTenantStore>());
        services.AddSingleton<ITenantCacheEvictor>(sp => sp.GetRequiredService<CachingTenantStore>());
        services.AddSingleton<ITenantResolutionStrategy>(new HostStrategy(tenancy.BaseDomain));
        services.AddSingleton<ITenantResolutionStrategy>(new RoutePrefixStrategy());
        services.AddSingleton<ITenantResolutionStrategy>(new HeaderStrategy(tenancy.HeaderName));
        services.AddSingleton<TenantResolver>();
    }

    private static void AddPersistence(IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.Configure<DatabaseOptions>(configuration.GetSection("Database"));
        var provider = configuration.GetSection("Database").Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        var connectionString = ConnectionStrings.Resolve(provider, configuration.GetConnectionString("Default"), contentRoot);
        services.AddSingleton(new ConnectionStringHolder(connectionString));
        services.AddScoped<ScopedDbConnection>();

        services.AddSingleton<TenantSaveChangesInterceptor>();
        services.AddSingleton<AuditSaveChangesInterceptor>();
        services.AddScoped<IAuditLog, Auditing.AuditLog>();
        services.AddSingleton<TenantCacheEvictionInterceptor>();

        services.AddPooledDbContextFactory<TenantCatalogDbContext>((sp, options) => options
            .UseProvider(provider)
            .AddInterceptors(sp.GetRequiredService<AuditSaveChangesInterceptor>(), sp.GetRequiredService<TenantCacheEvictionInterceptor>()));
        services.AddPooledDbContextFactory<ApplicationDbContext>((sp, options) => options
            .UseProvider(provider)
            .AddInterceptors(sp.GetRequiredService<TenantSaveChangesInterceptor>(), sp.GetRequiredService<AuditSaveChangesInterceptor>()));
        services.AddScoped<PooledContexts>();
        services.AddScoped(sp => sp.GetRequiredService<PooledContexts>().Catalog());
        services.AddScoped(sp => sp.GetRequiredService<PooledContexts>().Application());
        services.AddScoped<ITenantCatalogDbContext>(sp => sp.GetRequiredService<TenantCatalogDbContext>());
        services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<ApplicationDbContext>());
        services.AddScoped<UnitOfWork>();
        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<UnitOfWork>());
        services.AddScoped<DatabaseInitializer>();
    }

    private static void AddJobs(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<WijkindelingImporter>();
        services.AddScoped<IWijkindelingProvisioner, WijkindelingProvisioner>();
        services.AddSingleton<ILokaleCijfersReader, LokaleCijfers.LokaleCijfersCsvReader>();
        services.Configure<Bestanden.BestandenOptions>(configuration.GetSection("Bestanden"));
        if (string.Equals(configuration["Bestanden:Provider"], "AzureBlob", StringComparison.OrdinalIgnoreCase))
            services.AddScoped<IBestandsopslag, Bestanden.AzureBlobBestandsopslag>();
        else
            services.AddScoped<IBestandsopslag, Bestanden.MapBestandsopslag>();
        services.AddSingleton<BulkProvisioner>();
        services.AddScoped<IProvisioningScheduler, ProvisioningScheduler>();
        services.AddSingleton<TenantJobRunner>();
        services.AddSingleton<TenantJobFilter>();
        services.AddSingleton<Telemetry.JobTelemetryFilter>();
        services.AddSingleton<TenantJobActivator>();

        // Registered before AddHangfire so that the server uses it rather than Hangfire's default activator.
        services.AddSingleton<JobActivator>(sp => sp.GetRequiredService<TenantJobActivator>());
        services.AddHangfire((sp, config) =>
        {
            config.UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings()
                .UseFilter(sp.GetRequiredService<TenantJobFilter>())
                .UseFilter(sp.GetRequiredService<Telemetry.JobTelemetryFilter>())
                .UseFilter(new TenantRunReportFilter())
                .UseActivator(sp.GetRequiredService<TenantJobActivator>());
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            if (database.Provider == DatabaseProvider.SqlServer)
                config.UseSqlServerStorage(sp.GetRequiredService<ConnectionStringHolder>().Value, new SqlServerStorageOptions { PrepareSchemaIfNecessary = true });
            else
                config.UseInMemoryStorage();
        });
        if (configuration.GetValue("Jobs:RunServer", true))
            services.AddHangfireServer(o => o.WorkerCount = configuration.GetValue("Jobs:WorkerCount", 2));
    }
}
