using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Wijkbudgetten.Shared;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Commands.UpdateWijkbudget;

public sealed class UpdateWijkbudgetValidator : AbstractValidator<UpdateWijkbudgetCommand>
{
    public UpdateWijkbudgetValidator()
    {
        RuleFor(c => c.Regels).PresentList(WijkbudgetInvoer.MeesteRegels, "begrotingsregels");
        RuleForEach(c => c.Regels).SetValidator(new BudgetregelInvoerValidator());
        RuleFor(c => c.Bronnen).PresentList(50, "financieringsbronnen");
        RuleForEach(c => c.Bronnen).SetValidator(new BronaandeelInvoerValidator());
    }
}
