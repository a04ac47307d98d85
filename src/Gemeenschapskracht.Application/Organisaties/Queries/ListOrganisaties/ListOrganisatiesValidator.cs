using FluentValidation;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Organisaties;

namespace Gemeenschapskracht.Application.Organisaties.Queries.ListOrganisaties;

public sealed class ListOrganisatiesValidator : AbstractValidator<ListOrganisatiesQuery>
{
    public ListOrganisatiesValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Soort)
            .Must(s => s is null || (Enum.TryParse<OrganisatieSoort>(s, ignoreCase: true, out var soort) && Enum.IsDefined(soort) && !int.TryParse(s, out _)))
            .WithMessage($"Soort moet een van deze zijn: {string.Join(", ", Enum.GetNames<OrganisatieSoort>())}.");
        RuleFor(q => q.Zoek).SafeText("de zoektekst").MaximumLength(100).WithMessage("De zoektekst mag hoogstens 100 tekens lang zijn.");
    }
}
