using FluentValidation;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Domain.Tenants;

namespace Gemeenschapskracht.Application.Gemeenten.Queries.ListGemeenten;

public sealed class ListGemeentenValidator : AbstractValidator<ListGemeentenQuery>
{
    public ListGemeentenValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Status)
            .Must(s => s is null || (!int.TryParse(s, out _) && Enum.TryParse<ProvisioningStatus>(s, ignoreCase: true, out var status) && Enum.IsDefined(status)))
            .WithMessage("Status moet 'pending', 'running', 'done' of 'failed' zijn.");
    }
}
