using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.Sqlite.Application
{
    /// <inheritdoc />
    public partial class Trekkingsrechten : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Trekkingsrechten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Groepsnaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    WijkbudgetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BudgetregelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Eenheid = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Omvang = table.Column<long>(type: "INTEGER", nullable: false),
                    Tarief = table.Column<long>(type: "INTEGER", nullable: true),
                    Leveranciers = table.Column<string>(type: "TEXT", nullable: false),
                    GemeenteLevert = table.Column<bool>(type: "INTEGER", nullable: false),
                    Van = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Tot = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Doel = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Trekkingen = table.Column<string>(type: "TEXT", nullable: false),
                    Waarde = table.Column<long>(type: "INTEGER", nullable: false),
                    Terugvloei = table.Column<long>(type: "INTEGER", nullable: true),
                    VerlopenOp = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    GewijzigdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Trekkingsrechten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Trekkingsrechten_Wijkbudgetten_WijkbudgetId",
                        column: x => x.WijkbudgetId,
                        principalTable: "Wijkbudgetten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Trekkingsrechten_TenantId_OrganisatieId",
                table: "Trekkingsrechten",
                columns: new[] { "TenantId", "OrganisatieId" });

            migrationBuilder.CreateIndex(
                name: "IX_Trekkingsrechten_TenantId_Status_Tot",
                table: "Trekkingsrechten",
                columns: new[] { "TenantId", "Status", "Tot" });

            migrationBuilder.CreateIndex(
                name: "IX_Trekkingsrechten_WijkbudgetId",
                table: "Trekkingsrechten",
                column: "WijkbudgetId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Trekkingsrechten");
        }
    }
}
