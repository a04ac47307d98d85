using FluentValidation;
using Gemeenschapskracht.Application.Common.Paging;

namespace Gemeenschapskracht.Application.Gebieden.Queries.ListGebieden;

public sealed class ListGebiedenValidator : AbstractValidator<ListGebiedenQuery>
{
    public ListGebiedenValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Soort).IsInEnum().WithMessage("Soort moet 'gemeente', 'wijk' of 'buurt' zijn.");
    }
}
