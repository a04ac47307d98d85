using FluentValidation;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Domain.Gebieden;

namespace Gemeenschapskracht.Application.Gebieden.Queries.ListGebieden;

public sealed class ListGebiedenValidator : AbstractValidator<ListGebiedenQuery>
{
    public ListGebiedenValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Soort)
            .Must(s => s is null || (Enum.TryParse<GebiedSoort>(s, ignoreCase: true, out var soort) && Enum.IsDefined(soort) && !int.TryParse(s, out _))).WithMessage("Soort moet 'gemeente', 'wijk' of 'buurt' zijn.");
    }
}
