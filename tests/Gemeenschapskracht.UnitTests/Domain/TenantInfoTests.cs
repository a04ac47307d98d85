using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Tenants;

namespace Gemeenschapskracht.UnitTests.Domain;

public sealed class TenantInfoTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    private static TenantInfo NewTenant() => new("amsterdam", "Amsterdam", "GM0363", Now);

    [Fact]
    public void A_new_tenant_is_active_and_pending()
    {
        var tenant = NewTenant();

        Assert.True(tenant.IsActive);
        Assert.Equal(ProvisioningStatus.Pending, tenant.ProvisioningStatus);
        Assert.Equal("GM0363", tenant.Gemeentecode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0363")]
    [InlineData("gm0363")]
    [InlineData("GM363")]
    [InlineData("GM03630")]
    [InlineData("GM 0363")]
    [InlineData("WK036300")]
    public void A_malformed_gemeentecode_is_refused(string gemeentecode)
    {
        Assert.Throws<DomainException>(() => new TenantInfo("amsterdam", "Amsterdam", gemeentecode, Now));
    }

    [Fact]
    public void Requesting_provisioning_while_running_is_refused()
    {
        var tenant = NewTenant();
        tenant.StartProvisioning(Now);

        Assert.Throws<DomainException>(tenant.RequestProvisioning);
        Assert.Equal(ProvisioningStatus.Running, tenant.ProvisioningStatus);
    }

    [Fact]
    public void Requesting_provisioning_after_a_failure_clears_the_error()
    {
        var tenant = NewTenant();
        tenant.StartProvisioning(Now);
        tenant.FailProvisioning("CBS onbereikbaar", Now);

        tenant.RequestProvisioning();

        Assert.Equal(ProvisioningStatus.Pending, tenant.ProvisioningStatus);
        Assert.Null(tenant.ProvisioningError);
    }

    [Fact]
    public void Completing_a_running_provisioning_records_the_count_and_finish_time()
    {
        var tenant = NewTenant();
        tenant.StartProvisioning(Now);

        tenant.CompleteProvisioning(areaCount: 42, Now.AddMinutes(1));

        Assert.Equal(ProvisioningStatus.Done, tenant.ProvisioningStatus);
        Assert.Equal(42, tenant.ProvisionedAreaCount);
        Assert.Equal(Now.AddMinutes(1), tenant.ProvisioningFinishedAt);
    }

    [Fact]
    public void Completing_a_pending_provisioning_is_refused()
    {
        var tenant = NewTenant();

        Assert.Throws<DomainException>(() => tenant.CompleteProvisioning(1, Now));
        Assert.Equal(ProvisioningStatus.Pending, tenant.ProvisioningStatus);
    }

    [Fact]
    public void Completing_a_finished_provisioning_again_is_refused()
    {
        var tenant = NewTenant();
        tenant.StartProvisioning(Now);
        tenant.CompleteProvisioning(1, Now);

        Assert.Throws<DomainException>(() => tenant.CompleteProvisioning(2, Now));
        Assert.Equal(1, tenant.ProvisionedAreaCount);
    }

    [Fact]
    public void Failing_records_the_reason_and_finish_time()
    {
        var tenant = NewTenant();
        tenant.StartProvisioning(Now);

        tenant.FailProvisioning("CBS onbereikbaar", Now.AddMinutes(2));

        Assert.Equal(ProvisioningStatus.Failed, tenant.ProvisioningStatus);
        Assert.Equal("CBS onbereikbaar", tenant.ProvisioningError);
        Assert.Equal(Now.AddMinutes(2), tenant.ProvisioningFinishedAt);
    }

    [Fact]
    public void A_very_long_failure_reason_is_cut_to_the_column_size()
    {
        var tenant = NewTenant();
        tenant.StartProvisioning(Now);

        tenant.FailProvisioning(new string('x', 5000), Now);

        Assert.Equal(1000, tenant.ProvisioningError!.Length);
    }
}
