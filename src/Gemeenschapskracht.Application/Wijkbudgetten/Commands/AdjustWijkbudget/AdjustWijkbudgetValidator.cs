using FluentValidation;
using Gemeenschapskracht.Application.Common.Raadsbesluiten;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Wijkbudgetten.Shared;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Commands.AdjustWijkbudget;

public sealed class AdjustWijkbudgetValidator : AbstractValidator<AdjustWijkbudgetCommand>
{
    public AdjustWijkbudgetValidator()
    {
        RuleFor(c => c.Regels).PresentList(WijkbudgetInvoer.MeesteRegels, "begrotingsregels");
        RuleForEach(c => c.Regels).SetValidator(new BudgetregelInvoerValidator());
        RuleFor(c => c.Bronnen).PresentList(50, "financieringsbronnen");
        RuleForEach(c => c.Bronnen).SetValidator(new BronaandeelInvoerValidator());
        RuleFor(c => c.Toelichting).RequiredText("de toelichting op de aanpassing", 2000);
        RuleFor(c => c.Raadsbesluit).SetValidator(new RaadsbesluitInvoerValidator()!);
    }
}
