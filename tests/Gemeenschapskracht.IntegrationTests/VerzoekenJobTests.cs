using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Infrastructure.Jobs;
using Gemeenschapskracht.Infrastructure.Tenancy;
using Gemeenschapskracht.IntegrationTests.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Gemeenschapskracht.IntegrationTests;

/// <summary>
/// The daily clocks with J4 and J10 on the demo content of both gemeenten (each has an overdue request to the demo
/// school): a gemeente whose mail fails does not stop the other, and what was chased is not chased again.
/// </summary>
public sealed class VerzoekenJobTests(VerzoekenJobTests.Factory factory) : IClassFixture<VerzoekenJobTests.Factory>
{
    private const string School = "directie@deregenboog.example.org";

    [Fact]
    public async Task A_gemeente_that_fails_does_not_stop_the_chasing_of_the_others_and_nothing_is_chased_twice()
    {
        factory.Mail.FailFor = "amsterdam";
        var eerste = await RunAsync();
        var tweede = await RunAsync();

        Assert.Equal(["amsterdam"], eerste.Failed.Keys);
        Assert.Contains("aa-en-hunze", eerste.Succeeded);
        Assert.Equal(["amsterdam"], tweede.Failed.Keys);
        Assert.Single(Mails(), m => m.Contains(School) && m.Contains("is te laat"));

        factory.Mail.FailFor = null;
        var derde = await RunAsync();
        await RunAsync();
        Assert.Empty(derde.Failed);
        // Amsterdam's school is chased now that its mail works, once; Aa en Hunze's is not chased again.
        Assert.Equal(2, Mails().Count(m => m.Contains(School) && m.Contains("is te laat")));
    }

    private async Task<TenantRunReport> RunAsync() =>
        await ActivatorUtilities.CreateInstance<TermijnenJob>(factory.Services).RunAsync(CancellationToken.None);

    private List<string> Mails() =>
        Directory.Exists(factory.MailFolder)
            ? new DirectoryInfo(factory.MailFolder).GetFiles("*.eml").OrderBy(f => f.Name)
                .Select(f => MimeKit.MimeMessage.Load(f.FullName))
                .Select(m => $"{m.To}: {m.Subject} / {m.TextBody}").ToList()
            : [];

    public sealed class Factory : IdentityFactory
    {
        public MailSwitch Mail { get; } = new();

        protected override void ConfigureServices(IServiceCollection services)
        {
            var echte = services.Last(d => d.ServiceType == typeof(IEmailSender));
            services.Remove(echte);
            services.AddSingleton<IEmailSender>(sp => new FailingMail(
                echte.ImplementationInstance as IEmailSender
                ?? (echte.ImplementationFactory?.Invoke(sp) as IEmailSender)
                ?? (IEmailSender)ActivatorUtilities.CreateInstance(sp, echte.ImplementationType!),
                sp.GetRequiredService<ITenantContextAccessor>(), Mail));
        }
    }

    /// <summary>The real sender, failing for every mail of one gemeente once told to.</summary>
    public sealed class MailSwitch
    {
        public string? FailFor { get; set; }
    }

    public sealed class FailingMail(IEmailSender inner, ITenantContextAccessor tenants, MailSwitch schakelaar) : IEmailSender
    {
        public Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken) =>
            schakelaar.FailFor is { } gemeente && tenants.Current?.Identifier == gemeente
                ? throw new InvalidOperationException($"Testfout: de mailserver weigert de mail van {gemeente}.")
                : inner.SendAsync(to, subject, body, cancellationToken);
    }
}
