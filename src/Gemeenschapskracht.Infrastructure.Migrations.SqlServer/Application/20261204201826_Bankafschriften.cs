using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.SqlServer.Application
{
    /// <inheritdoc />
    public partial class Bankafschriften : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Bankafschriften",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AdministratieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AfschriftId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Iban = table.Column<string>(type: "nvarchar(34)", maxLength: 34, nullable: false),
                    Bestandsnaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Van = table.Column<DateOnly>(type: "date", nullable: false),
                    Tot = table.Column<DateOnly>(type: "date", nullable: false),
                    Beginsaldo = table.Column<long>(type: "bigint", nullable: false),
                    Eindsaldo = table.Column<long>(type: "bigint", nullable: false),
                    Mutaties = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Versie = table.Column<int>(type: "int", nullable: false),
                    GeimporteerdDoor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    GeimporteerdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bankafschriften", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bankafschriften_Administraties_AdministratieId",
                        column: x => x.AdministratieId,
                        principalTable: "Administraties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Bankafschriften_AdministratieId",
                table: "Bankafschriften",
                column: "AdministratieId");

            migrationBuilder.CreateIndex(
                name: "IX_Bankafschriften_TenantId_AdministratieId_Iban_AfschriftId",
                table: "Bankafschriften",
                columns: new[] { "TenantId", "AdministratieId", "Iban", "AfschriftId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Bankafschriften");
        }
    }
}
